namespace Triangulate.Compare.People;

/// <summary>What a name names. Places are resolved like organisations (by normalised name).</summary>
public enum EntityKind { Person, Organisation, Place }
