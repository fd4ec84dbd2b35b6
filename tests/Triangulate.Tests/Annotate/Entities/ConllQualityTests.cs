using Triangulate.Annotate.Entities;
using Triangulate.Bench;
using Triangulate.Bench.Entities;
using Triangulate.Model;
using Xunit.Abstractions;

namespace Triangulate.Tests.Annotate.Entities;

/// <summary>
/// Entity-level F1 of the shipped tagger on the first 500 sentences of CoNLL-2003 valid, with thresholds just
/// under the measured scores, so a change that tags worse fails. Needs ../shared/eval (skips without it).
/// </summary>
public class ConllQualityTests(ITestOutputHelper output)
{
    // Measured: 0.948 overall, person 0.953 (the first 500 sentences are easier than the whole set, 0.912).
    private const double MinF1 = 0.94, MinPersonF1 = 0.94;

    [SkippableFact]
    public void TagsTheFirstValidationSentencesNearTheMeasuredScore()
    {
        var folder = ConllCorpus.Locate(EvalData.Locate());
        Skip.If(folder is null, "../shared/eval/ner-conll2003 not found: entity tagging quality not measured");
        var documents = ConllCorpus.Take(ConllCorpus.Load(Path.Combine(folder!, "valid.txt")), 500);

        var scorer = new EntityScorer();
        foreach (var document in documents)
        {
            var predicted = EntitySequenceTagger.Tag(EntityModel.Instance, ConllCorpus.Words(document));
            for (var s = 0; s < document.Count; s++) scorer.Add(document[s].Tags, predicted[s]);
        }
        foreach (var type in Enum.GetValues<EntityType>()) output.WriteLine(scorer.For(type).Row(type.ToString()));
        output.WriteLine(scorer.Overall.Row("overall"));
        Assert.True(scorer.Overall.F1 >= MinF1, $"F1 {scorer.Overall.F1:F4} < {MinF1}");
        Assert.True(scorer.For(EntityType.Person).F1 >= MinPersonF1, $"person F1 {scorer.For(EntityType.Person).F1:F4} < {MinPersonF1}");
    }
}
