using Triangulate.Model;

namespace Triangulate.Annotate.Times;

/// <summary>How a value depends on a reference date: not at all (the words give it), through it, or not a date at all.</summary>
internal enum TimeReading
{
    Absolute,
    Relative,
    Free,
}

/// <summary>A time expression found over tokens [First, End) before it becomes a <see cref="TimeExpression"/>.</summary>
internal readonly record struct TimeMatch(int First, int End, TimeType Type, string Value, TimeReading Reading)
{
    public TimeMatch From(int first) => this with { First = first };

    public TimeMatch To(int end) => this with { End = end };
}
