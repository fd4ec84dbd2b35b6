using System.Globalization;
using Triangulate.Ingest;
using Triangulate.Model;

namespace Triangulate.Bench.Metadata;

/// <summary>
/// Title, date and author accuracy and body snippet recall/precision on ../shared/eval/web-metadata,
/// through the public HTML → article path. Options: --worst FIELD (title|date|author, or with|without for body snippets) lists the misses;
/// --slice even|odd scores every other page (URL order), so a rule found on one half can be checked on the other.
/// </summary>
public static class MetadataBench
{
    /// <summary>Right answers over pages with gold, per field; snippets found (with) and absent (without).</summary>
    public sealed record Scores(MetadataScorer.Tally Title, MetadataScorer.Tally Date, MetadataScorer.Tally Author,
        MetadataScorer.Tally With, MetadataScorer.Tally Without, int Rejected, int Crashes);

    public static int Run(string? eval, string[] args)
    {
        if (eval is null || !Directory.Exists(Path.Combine(eval, "web-metadata")))
        {
            Console.Error.WriteLine("metadata: ../shared/eval/web-metadata not found (set TRIANGULATE_EVAL); nothing to measure");
            return 1;
        }
        var pages = MetadataPage.Load(Path.Combine(eval, "web-metadata"));
        var slice = args.SkipWhile(a => a != "--slice").Skip(1).FirstOrDefault();
        if (slice is "even" or "odd") pages = [.. pages.Where((_, i) => i % 2 == (slice == "even" ? 0 : 1))];
        else if (slice is not null) { Console.Error.WriteLine($"metadata: --slice takes even or odd, not '{slice}'"); return 1; }
        var worst = args.SkipWhile(a => a != "--worst").Skip(1).FirstOrDefault();
        var s = Score(pages, worst is null ? null : Console.Out.WriteLine, worst);
        static string R(MetadataScorer.Tally t) => t.Pages == 0 ? "-" : $"{t.Accuracy.ToString("F3", CultureInfo.InvariantCulture)} ({t.Pages})";
        Console.WriteLine("| pages | title | date | author | snippet recall (with) | snippet precision (without) | rejected | crashes |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine($"| {pages.Count} | {R(s.Title)} | {R(s.Date)} | {R(s.Author)} | {R(s.With)} | {R(s.Without)} | {s.Rejected} | {s.Crashes} |");
        return s.Crashes == 0 ? 0 : 1;
    }

    /// <summary>Scores pages; <paramref name="report"/> receives one line per miss of field <paramref name="worst"/>.</summary>
    public static Scores Score(IEnumerable<MetadataPage> pages, Action<string>? report = null, string? worst = null)
    {
        int titles = 0, titlesRight = 0, dates = 0, datesRight = 0, authors = 0, authorsRight = 0;
        int with = 0, withFound = 0, without = 0, withoutAbsent = 0, crashes = 0, rejected = 0;
        foreach (var page in pages)
        {
            Article? article = null;
            try { article = ArticleReader.Read(new RawInput(page.File, page.Html, Url: page.Url)); }
            catch (Triangulate.Diagnostics.TriangulateException e) { rejected++; if (worst is not null) report?.Invoke($"rejected {page.Url}: {e.Message}"); }
            catch (Exception e) { crashes++; Console.Error.WriteLine($"{page.File}: {e.GetType().Name}: {e.Message}"); }
            var body = article?.Body ?? "";
            if (page.Title is { } title)
            {
                titles++;
                if (MetadataScorer.TitleMatches(title, article?.Title)) titlesRight++;
                else if (worst == "title") report?.Invoke($"title  gold={title} | got={article?.Title} | {page.Url}");
            }
            if (page.Date is { } date)
            {
                dates++;
                if (MetadataScorer.DateMatches(date, article?.Published)) datesRight++;
                else if (worst == "date") report?.Invoke($"date   gold={date} | got={article?.Published} | {page.Url}");
            }
            if (page.Author is { } author)
            {
                authors++;
                if (MetadataScorer.AuthorsMatch(author, article?.Authors ?? [])) authorsRight++;
                else if (worst == "author") report?.Invoke($"author gold={author} | got={string.Join("; ", article?.Authors ?? [])} | {page.Url}");
            }
            with += page.With.Count;
            withFound += page.With.Count(s => MetadataScorer.Contains(body, s));
            without += page.Without.Count;
            withoutAbsent += page.Without.Count(s => !MetadataScorer.Contains(body, s));
            if (worst is "with" or "without")
                foreach (var snippet in worst == "with" ? page.With.Where(s => !MetadataScorer.Contains(body, s)) : page.Without.Where(s => MetadataScorer.Contains(body, s)))
                    report?.Invoke($"{worst,-7} {snippet} | {page.File} | {page.Url}" + (worst == "with" ? $" | removed: {RemovedReason(article, snippet)}" : ""));
        }
        return new Scores(new(titles, titlesRight), new(dates, datesRight), new(authors, authorsRight),
            new(with, withFound), new(without, withoutAbsent), rejected, crashes);
    }

    /// <summary>Why the article dropped a missed snippet, when a removal recorded it; "?" when no removal holds it.</summary>
    private static string RemovedReason(Article? article, string snippet) =>
        article?.Removed.FirstOrDefault(r => MetadataScorer.Contains(r.Text, snippet))?.Reason ?? "?";
}
