namespace Triangulate.Annotate.Entities;

/// <summary>
/// Feature hash → weight row, as an open-addressing table (linear probing, at most half full). Most
/// features of new text are not in the model, and here such a miss usually costs one read of the key
/// array, where a <see cref="Dictionary{TKey,TValue}"/> walks buckets and entries: tagging is mostly lookups.
/// </summary>
internal sealed class FeatureTable
{
    private readonly ulong[] _keys;
    private readonly int[] _rows;
    private readonly int _shift;

    /// <param name="keys">The feature hash of each row, by row.</param>
    public FeatureTable(IReadOnlyList<ulong> keys)
    {
        var bits = 4;
        while ((1 << bits) < keys.Count * 2) bits++;
        _shift = 64 - bits;
        _keys = new ulong[1 << bits];
        _rows = new int[1 << bits];
        for (var row = 0; row < keys.Count; row++)
        {
            var stored = Stored(keys[row]);
            var slot = Slot(stored);
            while (_keys[slot] != 0) slot = (slot + 1) & (_keys.Length - 1);
            _keys[slot] = stored;
            _rows[slot] = row;
        }
        Count = keys.Count;
    }

    public int Count { get; }

    /// <summary>Every (feature hash, row) pair, in no particular order.</summary>
    public IEnumerable<(ulong Key, int Row)> Entries()
    {
        for (var slot = 0; slot < _keys.Length; slot++)
            if (_keys[slot] != 0) yield return (_keys[slot], _rows[slot]);
    }

    public bool TryGetRow(ulong key, out int row)
    {
        var stored = Stored(key);
        for (var slot = Slot(stored); _keys[slot] != 0; slot = (slot + 1) & (_keys.Length - 1))
        {
            if (_keys[slot] != stored) continue;
            row = _rows[slot];
            return true;
        }
        row = -1;
        return false;
    }

    // 0 marks an empty slot, so a hash of 0 is stored as 1 (sharing its row: one feature in 2^64).
    private static ulong Stored(ulong key) => key == 0 ? 1 : key;

    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
}
