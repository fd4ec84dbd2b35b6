namespace Triangulate.Bench.Summaries;

/// <summary>
/// Loads the DUC sets from the shared eval folder: "duc2006" (50 sets, 250 words), "duc2007" (main
/// task, the 23 sets with references, 250 words) and "duc2007-update" (30 batches, 100 words).
/// </summary>
public static class DucLoader
{
    public static readonly string[] Sets = ["duc2006", "duc2007", "duc2007-update"];

    /// <summary>The set's clusters in name order; at most <paramref name="limit"/> of them when given.</summary>
    public static IReadOnlyList<DucCluster> Load(string eval, string set, int limit = int.MaxValue) => set switch
    {
        "duc2006" => LoadMain(Path.Combine(eval, "summaries-duc2006", "duc2006_docs"),
            Path.Combine(eval, "summaries-duc2006", "NISTeval", "ROUGE", "models"), 250, limit),
        "duc2007" => LoadMain(Path.Combine(eval, "summaries-duc2007", "duc2007_testdocs", "main"),
            Path.Combine(eval, "summaries-duc2007", "mainPyramidEval", "models_extracted"), 250, limit),
        "duc2007-update" => LoadUpdate(Path.Combine(eval, "summaries-duc2007"), limit),
        _ => throw new ArgumentException($"unknown set '{set}' (expected {string.Join(", ", Sets)})"),
    };

    private static List<DucCluster> LoadMain(string docs, string models, int words, int limit)
    {
        var clusters = new List<DucCluster>();
        if (!Directory.Exists(docs) || !Directory.Exists(models)) return clusters;
        foreach (var dir in Sorted(Directory.GetDirectories(docs)))
        {
            var topic = Path.GetFileName(dir)[..5];
            var references = ReadReferences(models, $"{topic}.M.{words}.");
            if (references.Count == 0) continue;
            if (clusters.Count == limit) break;
            clusters.Add(new DucCluster(topic, ReadArticles(dir), references, words));
        }
        return clusters;
    }

    private static List<DucCluster> LoadUpdate(string root, int limit)
    {
        var clusters = new List<DucCluster>();
        var docs = Path.Combine(root, "duc2007_testdocs", "update");
        var models = Path.Combine(root, "updateEval", "ROUGE", "models");
        if (!Directory.Exists(docs) || !Directory.Exists(models)) return clusters;
        foreach (var batch in Sorted(Directory.GetDirectories(docs).SelectMany(Directory.GetDirectories)))
        {
            var name = Path.GetFileName(batch); // D0703A-A
            var references = ReadReferences(models, $"{name[..5]}-{name[^1]}.M.100.");
            if (references.Count == 0) continue;
            if (clusters.Count == limit) break;
            clusters.Add(new DucCluster(name, ReadArticles(batch), references, 100));
        }
        return clusters;
    }

    private static List<Triangulate.Model.Article> ReadArticles(string dir) =>
        Sorted(Directory.GetFiles(dir)).Select(DucDocumentParser.Parse).Where(a => a.Body.Length > 0).ToList();

    private static List<string> ReadReferences(string models, string prefix) =>
        Sorted(Directory.GetFiles(models).Where(f => Path.GetFileName(f).StartsWith(prefix, StringComparison.Ordinal)))
            .Select(f => File.ReadAllText(f)).ToList();

    private static IEnumerable<string> Sorted(IEnumerable<string> paths) => paths.Order(StringComparer.Ordinal);
}
