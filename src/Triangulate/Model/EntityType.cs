namespace Triangulate.Model;

/// <summary>
/// The kind of a named entity, as CoNLL-2003 annotates news: people, organisations, places (its LOC)
/// and other names (nationalities, events, works, languages: its MISC).
/// </summary>
public enum EntityType { Person, Organization, Place, Misc }
