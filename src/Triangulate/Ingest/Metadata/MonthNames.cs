
namespace Triangulate.Ingest.Metadata;

/// <summary>Month names and abbreviations (English, German, French, Spanish, Italian) → month number.</summary>
internal static class MonthNames
{
    private static readonly Dictionary<string, int> Numbers = Build();

    public static int? Number(string name) =>
        Numbers.TryGetValue(name.TrimEnd('.'), out var n) ? n : null;

    private static Dictionary<string, int> Build()
    {
        string[][] byMonth =
        [
            ["january", "januar", "janvier", "enero", "gennaio", "jan"],
            ["february", "februar", "février", "fevrier", "febrero", "febbraio", "feb", "févr"],
            ["march", "märz", "maerz", "mars", "marzo", "mar", "mär"],
            ["april", "avril", "abril", "aprile", "apr", "avr"],
            ["may", "mai", "mayo", "maggio"],
            ["june", "juni", "juin", "junio", "giugno", "jun"],
            ["july", "juli", "juillet", "julio", "luglio", "jul", "juil"],
            ["august", "août", "aout", "agosto", "aug"],
            ["september", "septembre", "septiembre", "setiembre", "settembre", "sept", "sep"],
            ["october", "oktober", "octobre", "octubre", "ottobre", "oct", "okt"],
            ["november", "novembre", "noviembre", "nov"],
            ["december", "dezember", "décembre", "decembre", "diciembre", "dicembre", "dec", "dez", "déc"],
        ];
        var map = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < byMonth.Length; i++)
            foreach (var name in byMonth[i]) map[name] = i + 1;
        return map;
    }
}
