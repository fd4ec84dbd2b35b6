using System.Diagnostics;
using System.Globalization;
using Triangulate.Annotate.Entities;
using Triangulate.Model;

namespace Triangulate.Bench.Entities;

/// <summary>
/// `ner`: entity-level precision, recall and F1 (exact span and type) per type and overall of the shipped
/// tagger on CoNLL-2003 (--split valid|train, default valid; --limit N sentences), with its speed on this
/// thread (timed on a second pass, after the JIT has optimised the code) and its model's load time and size. `train-ner`: trains the model from train.txt, choosing the
/// epoch on valid.txt (--epochs N, default 20), and writes it to src/Triangulate/Resources (or -o FILE).
/// </summary>
public static class EntityBench
{
    public const int DefaultEpochs = 20;

    public static int Run(string? eval, string[] args)
    {
        var folder = ConllCorpus.Locate(eval);
        if (folder is null) return Missing("ner");
        var split = BenchArgs.Option(args, "--split") ?? "valid";
        if (!ConllCorpus.Splits.Contains(split))
        {
            Console.Error.WriteLine($"ner: --split must be {string.Join(" or ", ConllCorpus.Splits)}");
            return 2;
        }
        var limit = BenchArgs.Option(args, "--limit") is { } l ? int.Parse(l, CultureInfo.InvariantCulture) : int.MaxValue;
        var documents = ConllCorpus.Take(ConllCorpus.Load(Path.Combine(folder, split + ".txt")), limit);

        var load = Stopwatch.StartNew();
        var model = EntityModel.Instance;
        var loadMs = load.Elapsed.TotalMilliseconds;
        foreach (var document in documents) EntitySequenceTagger.Tag(model, ConllCorpus.Words(document)); // warm-up pass: steady-state speed

        var scorer = new EntityScorer();
        var sentences = 0;
        var tokens = 0;
        long ticks = 0;
        foreach (var document in documents)
        {
            var words = ConllCorpus.Words(document);
            var start = Stopwatch.GetTimestamp();
            var predicted = EntitySequenceTagger.Tag(model, words);
            ticks += Stopwatch.GetTimestamp() - start;
            for (var s = 0; s < document.Count; s++) scorer.Add(document[s].Tags, predicted[s]);
            sentences += document.Count;
            tokens += document.Sum(s => s.Words.Length);
        }
        var seconds = (double)ticks / Stopwatch.Frequency;

        Console.WriteLine($"| conll2003 {split} | gold | system | P | R | F1 |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var type in Enum.GetValues<EntityType>()) Console.WriteLine(scorer.For(type).Row(type.ToString().ToLowerInvariant()));
        Console.WriteLine(scorer.Overall.Row("**overall**"));
        Console.WriteLine();
        Console.WriteLine("| sentences | tokens | sentences/s (1 thread) | tokens/s | model features | model load ms |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {sentences} | {tokens} | {sentences / seconds:F0} | {tokens / seconds:F0} | {model.FeatureCount} | {loadMs:F0} |"));
        return 0;
    }

    public static int Train(string? eval, string[] args)
    {
        var folder = ConllCorpus.Locate(eval);
        if (folder is null) return Missing("train-ner");
        var epochs = BenchArgs.Option(args, "--epochs") is { } e ? int.Parse(e, CultureInfo.InvariantCulture) : DefaultEpochs;
        var output = BenchArgs.Option(args, "-o") ?? Path.Combine(EvalData.LocateRepository() ?? ".", "src", "Triangulate", "Resources", EntityModel.ResourceName);

        var clock = Stopwatch.StartNew();
        var train = ConllCorpus.Load(Path.Combine(folder, "train.txt"));
        var valid = ConllCorpus.Load(Path.Combine(folder, "valid.txt"));
        var trainer = new EntityTrainer(train);
        Console.Error.WriteLine($"train-ner: {train.Sum(d => d.Count)} sentences, {trainer.FeatureCount} features ({clock.Elapsed.TotalSeconds:F1} s)");
        var model = trainer.Train(epochs, valid, Console.Error);
        using (var file = File.Create(output)) model.Write(file);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"train-ner: wrote {output}: {model.FeatureCount} features, {new FileInfo(output).Length / 1e6:F1} MB ({clock.Elapsed.TotalSeconds:F0} s)"));
        return 0;
    }

    private static int Missing(string verb)
    {
        Console.Error.WriteLine($"{verb}: ../shared/eval/ner-conll2003 not found (set TRIANGULATE_EVAL); nothing to do");
        return 1;
    }
}
