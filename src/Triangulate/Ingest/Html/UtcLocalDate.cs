using Triangulate.Model;

namespace Triangulate.Ingest.Html;

/// <summary>
/// A stamp written in UTC ("2019-10-18T22:04:00Z") falls on Greenwich's day, which near midnight is not the
/// day the page's readers saw: the page itself often says which ("19. Oktober 2019 00:04 Uhr", /2020/02/24/
/// in the address, a meta date with its own zone). When the next statement that is not in UTC names the day
/// before or after, and the stamp's hour lets some real zone reach that day, the article is dated by it.
/// </summary>
internal static class UtcLocalDate
{
    private static readonly TimeSpan EarliestZone = TimeSpan.FromHours(-12), LatestZone = TimeSpan.FromHours(14);

    /// <summary>The first candidate with a value, moved to the local day its first non-UTC witness gives.</summary>
    public static (PublicationTime? Value, string? Label) Pick(IEnumerable<(string? Label, PublicationTime? Value)> candidates)
    {
        (PublicationTime? Value, string? Label) stamp = (null, null);
        foreach (var (label, value) in candidates)
        {
            if (value is null) continue;
            if (stamp.Value is null)
            {
                stamp = (value, label);
                if (value is not { Time: not null, Offset: { } zone } || zone != TimeSpan.Zero) return stamp;
                continue;
            }
            if (value.Offset == TimeSpan.Zero) continue;
            return Local(stamp.Value, value) is { } local ? (local, MetadataSource.LocalDay(stamp.Label, label)) : stamp;
        }
        return stamp;
    }

    /// <summary>The stamp on the witness's day, when that is the day before or after and a zone can reach it; else null.</summary>
    private static PublicationTime? Local(PublicationTime utc, PublicationTime witness)
    {
        var days = witness.Date.DayNumber - utc.Date.DayNumber;
        if (days is not (1 or -1)) return null;
        var instant = utc.Date.ToDateTime(utc.Time!.Value);
        var localMidnight = witness.Date.ToDateTime(TimeOnly.MinValue);
        // The offsets that put the instant on the witness's day must overlap the zones in use.
        var lowest = localMidnight - instant;
        var highest = lowest + TimeSpan.FromDays(1);
        if (highest <= EarliestZone || lowest > LatestZone) return null;
        if (witness.Offset is { } zone && zone >= lowest && zone < highest)
            return new PublicationTime(DateOnly.FromDateTime(instant + zone), TimeOnly.FromDateTime(instant + zone), zone);
        if (witness.Time is { } printed && witness.Offset is null)
        {
            var implied = witness.Date.ToDateTime(printed) - instant;
            if (implied >= EarliestZone && implied <= LatestZone && implied.Ticks % TimeSpan.FromMinutes(15).Ticks == 0)
                return new PublicationTime(witness.Date, printed, implied);
        }
        return new PublicationTime(witness.Date);
    }
}
