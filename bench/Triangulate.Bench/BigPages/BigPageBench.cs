using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Triangulate.Ingest;

namespace Triangulate.Bench.BigPages;

/// <summary>
/// Huge pages through the public HTML → article path (<see cref="ArticleReader"/>): for each kind of
/// <see cref="BigPageBuilder"/> page, a child process reads the file and reports wall time, its peak
/// working set (VmHWM: input bytes, runtime and everything else included) and how many of the page's
/// article paragraphs reached the body. A fresh process per page keeps one page's heap out of the next one's peak.
/// Options: --mb N (page size, default 50), --kind article|bloated|nested (default all), --out DIR (keep the pages,
/// e.g. to cross-check with <c>/usr/bin/time -v triangulate extract --max-bytes …</c>).
/// </summary>
public static partial class BigPageBench
{
    public static int Run(string[] args)
    {
        var megabytes = int.Parse(BenchArgs.Option(args, "--mb") ?? "50", CultureInfo.InvariantCulture);
        var kinds = BenchArgs.Option(args, "--kind") is { } kind ? [kind] : BigPageBuilder.Kinds;
        var keep = BenchArgs.Option(args, "--out");
        var folder = keep ?? Directory.CreateTempSubdirectory("bigpage").FullName;
        Directory.CreateDirectory(folder);
        Console.WriteLine($"{"page",-10} {"input MB",9} {"seconds",8} {"peak MB",8} {"peak/input",11} {"idle MB",8} {"paragraphs",16}");
        try
        {
            foreach (var k in kinds)
            {
                var page = BigPageBuilder.Build(k, megabytes);
                var path = Path.Combine(folder, $"{k}-{megabytes}mb.html");
                File.WriteAllText(path, page.Html, new UTF8Encoding(false));
                var report = Child(path);
                var inputMb = new FileInfo(path).Length / 1048576.0;
                var peakMb = report.PeakBytes / 1048576.0;
                Console.WriteLine(FormattableString.Invariant(
                    $"{k,-10} {inputMb,9:F1} {report.Seconds,8:F2} {peakMb,8:F0} {peakMb / inputMb,10:F1}x {report.IdleBytes / 1048576.0,8:F0} {report.Paragraphs,7}/{page.Paragraphs,-8}"));
            }
        }
        finally
        {
            if (keep is null) Directory.Delete(folder, recursive: true);
        }
        return 0;
    }

    /// <summary>Runs in the child: reads one page and prints "seconds peak-bytes idle-bytes paragraphs".</summary>
    public static int Measure(string[] args)
    {
        var path = args[0];
        using var self = Process.GetCurrentProcess();
        var idle = self.PeakWorkingSet64;
        var watch = Stopwatch.StartNew();
        var article = ArticleReader.Read(new RawInput(path, File.ReadAllBytes(path)));
        var seconds = watch.Elapsed.TotalSeconds;
        self.Refresh();
        var paragraphs = ParagraphLabel().Count(article.Body);
        Console.WriteLine(FormattableString.Invariant($"{seconds:F3} {self.PeakWorkingSet64} {idle} {paragraphs}"));
        return 0;
    }

    private sealed record Report(double Seconds, long PeakBytes, long IdleBytes, int Paragraphs);

    private static Report Child(string path)
    {
        var host = Environment.ProcessPath!;
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet") start.ArgumentList.Add(typeof(BigPageBench).Assembly.Location);
        start.ArgumentList.Add("bigpage-measure");
        start.ArgumentList.Add(path);
        using var child = Process.Start(start)!;
        var line = child.StandardOutput.ReadToEnd().Trim();
        child.WaitForExit();
        if (child.ExitCode != 0) throw new InvalidOperationException($"{path}: the measuring process failed ({child.ExitCode})");
        var parts = line.Split(' ');
        return new Report(double.Parse(parts[0], CultureInfo.InvariantCulture), long.Parse(parts[1], CultureInfo.InvariantCulture),
            long.Parse(parts[2], CultureInfo.InvariantCulture), int.Parse(parts[3], CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"Paragraph \d+:")]
    private static partial Regex ParagraphLabel();
}
