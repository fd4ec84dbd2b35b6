using System.Diagnostics;
using Triangulate.Tests.Render;

namespace Triangulate.Tests.Cli;

/// <summary>The real executable: stdout bytes, exit codes and stderr as a user sees them.</summary>
public class ProgramTests
{
    private static async Task<(int Code, byte[] Out, string Error)> RunAsync(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Triangulate.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        using var buffer = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(buffer);
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await copy;
        return (process.ExitCode, buffer.ToArray(), await error);
    }

    [Fact]
    public async Task StdoutIsUtf8WithoutByteOrderMark()
    {
        var (code, output, error) = await RunAsync(["brief", "--format", "json", .. RenderFixtures.SampleFiles()]);
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Equal((byte)'{', output[0]);
        Assert.Equal((byte)'\n', output[^1]);
    }

    [Fact]
    public async Task BadInputGivesOneLineAndNoStackTrace()
    {
        var (code, output, error) = await RunAsync("brief", "/nonexistent/article.txt");
        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Equal("triangulate: /nonexistent/article.txt: no such file or directory\ntriangulate: no usable input\n", error);
    }
}
