using System.Globalization;

namespace Triangulate.Model;

/// <summary>
/// A publication or update time exactly as precise as the source gave it: a date, optionally a
/// time of day, optionally a UTC offset. "January 10, 2022" stays a bare date; it is never
/// padded with a guessed time or zone.
/// </summary>
public sealed record PublicationTime(DateOnly Date, TimeOnly? Time = null, TimeSpan? Offset = null)
{
    /// <summary>ISO 8601: 2022-01-10, 2022-01-10T20:34, 2022-01-11T12:23+05:30.</summary>
    public string ToIso()
    {
        var text = Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (Time is not { } time) return text;
        text += "T" + time.ToString(time.Second == 0 ? "HH:mm" : "HH:mm:ss", CultureInfo.InvariantCulture);
        if (Offset is not { } offset) return text;
        if (offset == TimeSpan.Zero) return text + "Z";
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var abs = offset.Duration();
        return $"{text}{sign}{abs.Hours:00}:{abs.Minutes:00}";
    }

    public override string ToString() => ToIso();
}
