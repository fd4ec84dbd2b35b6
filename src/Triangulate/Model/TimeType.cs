namespace Triangulate.Model;

/// <summary>TIMEX3 types: a calendar date or period, a time of day, a length of time, a recurrence.</summary>
public enum TimeType
{
    Date,
    Time,
    Duration,
    Set,
}
