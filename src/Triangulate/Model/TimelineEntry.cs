namespace Triangulate.Model;

/// <summary>
/// One dated event of the story: its TIMEX3 date ("2014", "2021-06", "2022-01-12"), the words of the
/// first article that dates it, every article that dates it (one citation each, the sentence), and
/// whether the articles give what reads as the same event another date too (<see cref="Disputed"/>).
/// </summary>
public sealed record TimelineEntry(string Date, string Text, bool Disputed, IReadOnlyList<Citation> Citations);
