using Triangulate.Model;

namespace Triangulate.Ingest.Metadata;

/// <summary>What a date line says the date is: publication, last update, or a bare date under a byline.</summary>
public enum DateCueKind { Bare, Published, Updated }

/// <summary>A date line read from the text, e.g. "Updated: January 10, 2022, 8:34 PM".</summary>
public sealed record DateCue(DateCueKind Kind, PublicationTime Time);
