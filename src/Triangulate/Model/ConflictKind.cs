namespace Triangulate.Model;

/// <summary>What the sources disagree about.</summary>
public enum ConflictKind { Attribution, Number, Date }
