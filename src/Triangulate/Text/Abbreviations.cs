namespace Triangulate.Text;

/// <summary>
/// Abbreviations that end with a period in news prose. Matching is exact (case-sensitive) on the
/// word before the period, without that period: "Mr", "U.S", "a.m".
/// </summary>
internal static class Abbreviations
{
    /// <summary>Always followed by more of the same sentence (titles, "e.g."): a period after them never ends one.</summary>
    public static readonly HashSet<string> Prefix = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Dr", "Drs", "Prof", "Profs", "Gen", "Gens", "Sen", "Sens", "Rep", "Reps",
        "Gov", "Govs", "Lt", "Col", "Capt", "Cmdr", "Sgt", "Cpl", "Pvt", "Adm", "Maj", "Brig", "Rev", "Hon",
        "Pres", "Supt", "Insp", "Det", "Atty", "Amb", "Fr", "Mt", "Ft", "Msgr",
        "e.g", "i.e", "E.g", "I.e", "vs", "Vs", "cf", "Cf", "approx", "viz",
    };

    /// <summary>
    /// Usually mid-sentence ("U.S. officials", "Jan. 10", "Apple Inc. said") but able to end one
    /// ("in the U.S. The …"); a period after them ends a sentence only before a typical sentence opener.
    /// </summary>
    public static readonly HashSet<string> Conditional = new(StringComparer.Ordinal)
    {
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        "No", "Nos", "no", "St", "Ste", "Ave", "Blvd", "Rd", "Jr", "Sr", "Inc", "Corp", "Co", "Cos", "Ltd", "Bros", "Plc",
        "Dept", "Univ", "Assn", "Est", "Vol", "Art", "Fig", "Ch", "etc", "al", "pp", "p", "min", "max",
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md",
        "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt",
        "Wash", "Wis", "Wyo",
    };

    /// <summary>Capitalised words that typically open a sentence; after an abbreviation they signal a boundary.</summary>
    public static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their", "Our", "My",
        "This", "That", "These", "Those", "There", "Here", "But", "And", "Or", "So", "Yet", "In", "On", "At", "For",
        "From", "With", "After", "Before", "When", "While", "If", "As", "Since", "Although", "Though", "However",
        "Meanwhile", "Also", "Still", "Now", "Then", "Earlier", "Later", "Last", "Next", "Some", "Many", "Most",
        "Both", "All", "Such", "Other", "Officials", "Police", "What", "Who", "Why", "How", "Where", "No", "Not",
        "Under", "During", "Despite", "According", "By", "To", "One", "Two", "Three",
    };
}
