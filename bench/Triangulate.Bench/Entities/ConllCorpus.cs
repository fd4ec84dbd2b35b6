using Triangulate.Annotate.Entities;

namespace Triangulate.Bench.Entities;

/// <summary>A sentence of CoNLL-2003: its tokens and their IOB2 tags (as <see cref="EntityTags"/> indices).</summary>
public sealed record ConllSentence(string[] Words, int[] Tags);

/// <summary>
/// Reads CoNLL-2003 files (one "token POS chunk tag" line per token, a blank line between sentences,
/// "-DOCSTART-" between documents) into documents of sentences. Only the first and last columns are
/// kept: the tagger must not see part-of-speech or chunk tags, which real input lacks.
/// </summary>
public static class ConllCorpus
{
    public static readonly string[] Splits = ["train", "valid"];

    /// <summary>The ner-conll2003 folder under <paramref name="eval"/>, or null.</summary>
    public static string? Locate(string? eval)
    {
        if (eval is null) return null;
        var folder = Path.Combine(eval, "ner-conll2003");
        return File.Exists(Path.Combine(folder, "valid.txt")) ? folder : null;
    }

    public static List<List<ConllSentence>> Load(string path)
    {
        var documents = new List<List<ConllSentence>>();
        var document = new List<ConllSentence>();
        var words = new List<string>();
        var tags = new List<int>();
        void EndSentence()
        {
            if (words.Count == 0) return;
            document.Add(new ConllSentence([.. words], [.. tags]));
            words.Clear();
            tags.Clear();
        }
        void EndDocument()
        {
            EndSentence();
            if (document.Count > 0) documents.Add(document);
            document = [];
        }
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal)) EndDocument();
            else if (string.IsNullOrWhiteSpace(line)) EndSentence();
            else
            {
                var columns = line.Split(' ');
                words.Add(columns[0]);
                tags.Add(EntityTags.Parse(columns[^1]));
            }
        }
        EndDocument();
        return documents;
    }

    /// <summary>The words of each sentence of a document, as the tagger takes them.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Words(IReadOnlyList<ConllSentence> document) =>
        document.Select(IReadOnlyList<string> (s) => s.Words).ToList();

    /// <summary>The first <paramref name="sentences"/> sentences of the documents, in their documents.</summary>
    public static List<List<ConllSentence>> Take(List<List<ConllSentence>> documents, int sentences)
    {
        var taken = new List<List<ConllSentence>>();
        foreach (var document in documents)
        {
            if (sentences <= 0) break;
            taken.Add(document.Take(sentences).ToList());
            sentences -= document.Count;
        }
        return taken;
    }
}
