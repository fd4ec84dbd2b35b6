using System.IO.Compression;
using System.Reflection;

namespace Triangulate.Annotate.Entities;

/// <summary>
/// The learned weights of the entity tagger: one weight per (feature, tag) and per tag transition.
/// Read once from the embedded <c>Resources/entity-model.bin.gz</c> and shared read-only; built by
/// <c>bench/Triangulate.Bench -- train-ner</c> (see Resources/README.md).
/// </summary>
/// <remarks>
/// File (gzip): "TNER", format version, <see cref="EntityFeatures.Version"/>, the tag names, the feature
/// count, the feature hashes ascending (gaps as variable-length integers), then per feature a bit mask of
/// its non-zero tags and those weights (half precision), then the (tags + 1) × tags transition weights
/// (the first row is the sentence start), in single precision.
/// </remarks>
internal sealed class EntityModel
{
    public const string ResourceName = "entity-model.bin.gz";
    private const int FormatVersion = 1;

    private static readonly Lazy<EntityModel> Shared = new(LoadEmbedded);

    public static EntityModel Instance => Shared.Value;

    private readonly FeatureTable _table;
    private readonly float[] _weights;
    private readonly float[] _transitions;

    /// <param name="features">The feature hash of each row of <paramref name="weights"/> (one weight per tag), by row.</param>
    /// <param name="transitions">(tags + 1) × tags: row 0 the sentence start, row p + 1 after tag p.</param>
    public EntityModel(IReadOnlyList<ulong> features, float[] weights, float[] transitions)
    {
        _table = new FeatureTable(features);
        _weights = weights;
        _transitions = transitions;
    }

    public static int TagCount => EntityTags.Count;

    public int FeatureCount => _table.Count;

    public ReadOnlySpan<float> Transitions => _transitions;

    /// <summary>Feature rows × tags, as <see cref="AddScores"/> reads them.</summary>
    public ReadOnlySpan<float> Weights => _weights;

    /// <summary>Adds each known feature's weights to <paramref name="scores"/> (one per tag); unknown features weigh nothing.</summary>
    public void AddScores(List<ulong> features, Span<float> scores)
    {
        var tags = TagCount;
        foreach (var feature in features)
        {
            if (!_table.TryGetRow(feature, out var row)) continue;
            var weights = _weights.AsSpan(row * tags, tags);
            for (var t = 0; t < tags; t++) scores[t] += weights[t];
        }
    }

    public void Write(Stream output)
    {
        using var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        var tags = TagCount;
        writer.Write("TNER"u8);
        writer.Write(FormatVersion);
        writer.Write(EntityFeatures.Version);
        writer.Write(tags);
        foreach (var name in EntityTags.Names) writer.Write(name);
        var ordered = _table.Entries().OrderBy(r => r.Key).ToList();
        writer.Write(ordered.Count);
        ulong previous = 0;
        foreach (var (hash, _) in ordered)
        {
            WriteVarint(writer, hash - previous);
            previous = hash;
        }
        foreach (var (_, row) in ordered)
        {
            var weights = _weights.AsSpan(row * tags, tags);
            var mask = 0;
            for (var t = 0; t < tags; t++) if ((Half)weights[t] != Half.Zero) mask |= 1 << t;
            writer.Write((ushort)mask);
            for (var t = 0; t < tags; t++) if ((mask & (1 << t)) != 0) writer.Write((Half)weights[t]);
        }
        foreach (var w in _transitions) writer.Write(w);
    }

    public static EntityModel Read(Stream input)
    {
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        using var reader = new BinaryReader(new BufferedStream(gzip, 1 << 16));
        if (!reader.ReadBytes(4).AsSpan().SequenceEqual("TNER"u8) || reader.ReadInt32() != FormatVersion)
            throw new InvalidDataException("not an entity model file");
        if (reader.ReadInt32() != EntityFeatures.Version)
            throw new InvalidDataException("entity model was trained with other features: retrain it (train-ner)");
        var tags = reader.ReadInt32();
        var names = Enumerable.Range(0, tags).Select(_ => reader.ReadString()).ToArray();
        if (!names.SequenceEqual(EntityTags.Names)) throw new InvalidDataException("entity model has other tags");
        var count = reader.ReadInt32();
        var features = new ulong[count];
        ulong hash = 0;
        for (var i = 0; i < count; i++) features[i] = hash += ReadVarint(reader);
        var weights = new float[count * tags];
        for (var i = 0; i < count; i++)
        {
            var mask = reader.ReadUInt16();
            for (var t = 0; t < tags; t++) if ((mask & (1 << t)) != 0) weights[i * tags + t] = (float)reader.ReadHalf();
        }
        var transitions = new float[(tags + 1) * tags];
        for (var i = 0; i < transitions.Length; i++) transitions[i] = reader.ReadSingle();
        return new EntityModel(features, weights, transitions);
    }

    private static EntityModel LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Triangulate.Resources." + ResourceName)
            ?? throw new InvalidOperationException($"missing embedded resource {ResourceName}");
        return Read(stream);
    }

    private static void WriteVarint(BinaryWriter writer, ulong value)
    {
        for (; value >= 0x80; value >>= 7) writer.Write((byte)(value | 0x80));
        writer.Write((byte)value);
    }

    private static ulong ReadVarint(BinaryReader reader)
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = reader.ReadByte();
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80) return value;
        }
    }
}
