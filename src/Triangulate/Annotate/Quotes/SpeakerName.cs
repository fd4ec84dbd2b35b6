namespace Triangulate.Annotate.Quotes;

/// <summary>Gender as the text marks it (Mr, Ms, he, she); unknown otherwise, never guessed from a first name.</summary>
internal enum Gender { Unknown, Male, Female }

/// <summary>
/// A speaker phrase taken apart: the name ("Sergei Ryabkov"), the role around it ("Russia's Deputy
/// Foreign Minister"), the gender its title marks, and whether it names an organisation or a
/// document rather than a person, or is only a common noun phrase ("the Russian diplomat").
/// </summary>
internal sealed record SpeakerName(string Name, string? Role, Gender Gender, bool IsOrganisation, bool IsNominal = false)
{
    /// <summary>The last word of the name: what a later "Mr Ryabkov" or "Ryabkov" is matched on.</summary>
    public string Surname => Name.Split(' ')[^1];
}
