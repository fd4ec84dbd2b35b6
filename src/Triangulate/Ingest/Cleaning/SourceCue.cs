namespace Triangulate.Ingest.Cleaning;

/// <summary>
/// Kinds of cue that name the outlet a text came from, strongest first: a byline "for AFP" or a
/// republication notice names it outright; a wire dateline or sign-off names the wire; a
/// copyright line may be the republisher's own footer, so it counts last.
/// </summary>
internal enum SourceCue { Byline, Republished, WireDateline, SignOff, Copyright }
