namespace Triangulate.Model;

/// <summary>
/// A number in an article and what it counts. <see cref="Range"/> covers the hedge, the number and the
/// counted noun as written ("more than 100 000 troops", "over seven hours", "eight-hour-long").
/// <see cref="Value"/> is the number read ("100 000" → 100000, "1.5 million" → 1500000; for a vague
/// magnitude its unit: "tens of thousands" → 10000). <see cref="Noun"/> is what is counted, lower case:
/// the head of the noun phrase after the number ("troops" of "100,000 Russian troops", "people" of
/// "thousands of people"), the unit of a hyphenated compound ("hour" of "eight-hour-long talks",
/// "nation" of "57-nation"; "year-old" for ages, kept apart from durations), "percent", or a
/// currency ("dollars" of "$5 million"); null when no noun follows.
/// </summary>
public sealed record Quantity(TextRange Range, double Value, Approximation Approx, string? Noun);
