namespace Triangulate.Ingest.Metadata;

/// <summary>What a known organisation is: a news agency, a picture agency, or a publication/broadcaster.</summary>
public enum OutletKind { Agency, Photo, Outlet }
