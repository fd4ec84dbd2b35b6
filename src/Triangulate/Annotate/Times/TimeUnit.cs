namespace Triangulate.Annotate.Times;

/// <summary>Calendar units a duration or a relative date counts in.</summary>
internal enum TimeUnit
{
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}
