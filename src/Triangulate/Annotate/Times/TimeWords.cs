namespace Triangulate.Annotate.Times;

/// <summary>The English words time expressions are made of, by what they name.</summary>
internal static class TimeWords
{
    /// <summary>Month names and their abbreviations ("sept" as in "Sept. 30").</summary>
    public static readonly Dictionary<string, int> Months = Index(
        ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"], ["june", "jun"],
        ["july", "jul"], ["august", "aug"], ["september", "sept", "sep"], ["october", "oct"], ["november", "nov"], ["december", "dec"]);

    /// <summary>Weekdays, ISO numbered (Monday 1 … Sunday 7), with plurals ("on Mondays") kept apart in <see cref="WeekdayPlurals"/>.</summary>
    public static readonly Dictionary<string, int> Weekdays = Index(
        ["monday", "mon"], ["tuesday", "tue", "tues"], ["wednesday", "wed"], ["thursday", "thu", "thur", "thurs"],
        ["friday", "fri"], ["saturday", "sat"], ["sunday", "sun"]);

    public static readonly Dictionary<string, int> WeekdayPlurals = Index(
        ["mondays"], ["tuesdays"], ["wednesdays"], ["thursdays"], ["fridays"], ["saturdays"], ["sundays"]);

    /// <summary>Spring, summer, fall, winter → 1..4 (TIMEX3 SP, SU, FA, WI).</summary>
    public static readonly Dictionary<string, int> Seasons = Index(["spring"], ["summer"], ["fall", "autumn"], ["winter"]);

    public static readonly string[] SeasonCodes = ["SP", "SU", "FA", "WI"];

    /// <summary>Parts of the day and their TIMEX3 codes.</summary>
    public static readonly Dictionary<string, string> PartsOfDay = new()
    {
        ["morning"] = "MO", ["afternoon"] = "AF", ["evening"] = "EV", ["night"] = "NI", ["overnight"] = "NI",
    };

    public static readonly Dictionary<string, TimeUnit> Units = new()
    {
        ["second"] = TimeUnit.Second, ["seconds"] = TimeUnit.Second, ["minute"] = TimeUnit.Minute, ["minutes"] = TimeUnit.Minute,
        ["hour"] = TimeUnit.Hour, ["hours"] = TimeUnit.Hour, ["day"] = TimeUnit.Day, ["days"] = TimeUnit.Day,
        ["week"] = TimeUnit.Week, ["weeks"] = TimeUnit.Week, ["weekend"] = TimeUnit.Weekend, ["weekends"] = TimeUnit.Weekend,
        ["month"] = TimeUnit.Month, ["months"] = TimeUnit.Month, ["quarter"] = TimeUnit.Quarter, ["quarters"] = TimeUnit.Quarter,
        ["year"] = TimeUnit.Year, ["years"] = TimeUnit.Year, ["decade"] = TimeUnit.Decade, ["decades"] = TimeUnit.Decade,
        ["century"] = TimeUnit.Century, ["centuries"] = TimeUnit.Century,
    };

    /// <summary>Number words up to ninety-nine are built from these ("twenty four", "twenty-four").</summary>
    public static readonly Dictionary<string, int> Numbers = new()
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30,
        ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    /// <summary>Quantities that say "some number of": "several years" is PXY.</summary>
    public static readonly HashSet<string> VagueNumbers = ["several", "few", "many", "some", "numerous", "couple"];

    public static readonly Dictionary<string, int> Ordinals = new()
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13,
        ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16, ["seventeenth"] = 17, ["eighteenth"] = 18,
        ["nineteenth"] = 19, ["twentieth"] = 20, ["twenty-first"] = 21,
    };

    /// <summary>Suffixes of a numeral ordinal: 1st, 2nd, 3rd, 10th.</summary>
    public static readonly HashSet<string> OrdinalSuffixes = ["st", "nd", "rd", "th"];

    /// <summary>Words before a duration that hedge it and belong to the expression ("about a decade", "nearly two years").</summary>
    public static readonly HashSet<string> Approximators = ["about", "almost", "nearly", "roughly", "approximately", "around", "some"];

    /// <summary>Time zones written after a clock time.</summary>
    public static readonly HashSet<string> Zones =
    [
        "gmt", "utc", "bst", "cet", "cest", "eet", "eest", "msk", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "et", "pt", "ist", "jst",
    ];

    private static Dictionary<string, int> Index(params string[][] groups)
    {
        var map = new Dictionary<string, int>();
        for (var i = 0; i < groups.Length; i++)
            foreach (var word in groups[i]) map[word] = i + 1;
        return map;
    }
}
