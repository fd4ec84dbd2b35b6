using System.Globalization;
using Triangulate.Annotate.Entities;

namespace Triangulate.Bench.Entities;

/// <summary>
/// Trains the entity tagger: a structured averaged perceptron (Collins 2002) over <see cref="EntityFeatures"/>
/// with first-order tag transitions and the constrained Viterbi of <see cref="EntityDecoder"/>. Each epoch
/// visits the training sentences in an order drawn from a fixed seed, so the same data gives the same model,
/// byte for byte. After each epoch the averaged weights are scored on the validation documents; the best
/// epoch's weights are kept, without features whose weights all round to zero.
/// </summary>
internal sealed class EntityTrainer
{
    private const ulong Seed = 20030531;

    private readonly int _tags = EntityModel.TagCount;
    private readonly Dictionary<ulong, int> _rows = [];
    private readonly List<(int[][] Features, int[] Gold)> _sentences = [];
    private float[] _weights = [];
    private double[] _weightSums = [];
    private readonly float[] _transitions;
    private readonly double[] _transitionSums;
    private long _step = 1;

    public EntityTrainer(IEnumerable<IReadOnlyList<ConllSentence>> documents)
    {
        _transitions = new float[(_tags + 1) * _tags];
        _transitionSums = new double[_transitions.Length];
        var buffer = new List<ulong>(64);
        foreach (var document in documents)
        {
            var features = new EntityFeatures(ConllCorpus.Words(document));
            for (var s = 0; s < document.Count; s++)
            {
                var tokens = new int[document[s].Words.Length][];
                for (var i = 0; i < tokens.Length; i++)
                {
                    buffer.Clear();
                    features.Extract(s, i, buffer);
                    tokens[i] = buffer.Select(Row).Distinct().ToArray();
                }
                _sentences.Add((tokens, document[s].Tags));
            }
        }
        _weights = new float[_rows.Count * _tags];
        _weightSums = new double[_weights.Length];
    }

    public int FeatureCount => _rows.Count;

    /// <summary>Trains up to <paramref name="epochs"/> epochs and returns the model of the best validation F1.</summary>
    public EntityModel Train(int epochs, IReadOnlyList<IReadOnlyList<ConllSentence>> validation, TextWriter log)
    {
        var random = new SplitMix(Seed);
        var order = Enumerable.Range(0, _sentences.Count).ToArray();
        EntityModel? best = null;
        var bestF1 = -1.0;
        var bestEpoch = 0;
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            var errors = 0;
            foreach (var index in order) errors += Learn(_sentences[index].Features, _sentences[index].Gold) ? 1 : 0;
            var model = Averaged();
            var f1 = Score(model, validation);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"epoch {epoch}: {errors} training sentences wrong, validation F1 {f1:F4}"));
            if (f1 > bestF1) (bestF1, best, bestEpoch) = (f1, model, epoch);
        }
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"kept epoch {bestEpoch} (validation F1 {bestF1:F4})"));
        return Compact(best!);
    }

    public static double Score(EntityModel model, IReadOnlyList<IReadOnlyList<ConllSentence>> documents)
    {
        var scorer = new EntityScorer();
        foreach (var document in documents)
        {
            var predicted = EntitySequenceTagger.Tag(model, ConllCorpus.Words(document));
            for (var s = 0; s < document.Count; s++) scorer.Add(document[s].Tags, predicted[s]);
        }
        return scorer.Overall.F1;
    }

    private int Row(ulong feature)
    {
        if (!_rows.TryGetValue(feature, out var row)) _rows[feature] = row = _rows.Count;
        return row;
    }

    // One perceptron step: decode with the current weights, move them towards the gold tags where they differ.
    private bool Learn(int[][] features, int[] gold)
    {
        var length = gold.Length;
        var scores = new float[length * _tags];
        for (var i = 0; i < length; i++)
            foreach (var row in features[i])
                for (var t = 0; t < _tags; t++) scores[i * _tags + t] += _weights[row * _tags + t];
        var predicted = EntityDecoder.Decode(scores, length, _transitions, _tags);
        var wrong = false;
        for (var i = 0; i < length; i++)
        {
            var previousGold = i == 0 ? -1 : gold[i - 1];
            var previousPredicted = i == 0 ? -1 : predicted[i - 1];
            if (gold[i] != predicted[i])
            {
                wrong = true;
                foreach (var row in features[i])
                {
                    Update(_weights, _weightSums, row * _tags + gold[i], 1);
                    Update(_weights, _weightSums, row * _tags + predicted[i], -1);
                }
            }
            if (gold[i] != predicted[i] || previousGold != previousPredicted)
            {
                Update(_transitions, _transitionSums, (previousGold + 1) * _tags + gold[i], 1);
                Update(_transitions, _transitionSums, (previousPredicted + 1) * _tags + predicted[i], -1);
            }
        }
        _step++;
        return wrong;
    }

    // The averaging trick of Daumé: sums of step × update give the average as w − sums / step.
    private void Update(float[] weights, double[] sums, int index, int delta)
    {
        weights[index] += delta;
        sums[index] += (double)_step * delta;
    }

    private EntityModel Averaged()
    {
        float[] Average(float[] w, double[] sums) => w.Select((x, i) => (float)(x - sums[i] / _step)).ToArray();
        return new EntityModel(FeaturesByRow(), Average(_weights, _weightSums), Average(_transitions, _transitionSums));
    }

    // Drops features whose weights all round to zero in the file's half precision.
    private EntityModel Compact(EntityModel model)
    {
        var weights = model.Weights;
        var features = FeaturesByRow();
        var keptFeatures = new List<ulong>();
        var kept = new List<float>();
        for (var row = 0; row < features.Length; row++)
        {
            var span = weights.Slice(row * _tags, _tags);
            var any = false;
            foreach (var w in span) any |= (Half)w != Half.Zero;
            if (!any) continue;
            keptFeatures.Add(features[row]);
            kept.AddRange(span);
        }
        return new EntityModel(keptFeatures, [.. kept], model.Transitions.ToArray());
    }

    private ulong[] FeaturesByRow()
    {
        var features = new ulong[_rows.Count];
        foreach (var (hash, row) in _rows) features[row] = hash;
        return features;
    }

    /// <summary>SplitMix64: a small generator whose sequence is fixed by its seed on every platform and runtime.</summary>
    private sealed class SplitMix(ulong state)
    {
        public void Shuffle(int[] items)
        {
            for (var i = items.Length - 1; i > 0; i--)
            {
                var j = (int)(Next() % (ulong)(i + 1));
                (items[i], items[j]) = (items[j], items[i]);
            }
        }

        private ulong Next()
        {
            var z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
