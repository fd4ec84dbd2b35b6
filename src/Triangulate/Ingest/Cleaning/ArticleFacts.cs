using Triangulate.Ingest.Metadata;
using Triangulate.Model;

namespace Triangulate.Ingest.Cleaning;

/// <summary>What the text's own cues said about the article, gathered while cleaning, in source order.</summary>
internal sealed class ArticleFacts
{
    /// <summary>Date lines and the <see cref="MetadataSource"/> label of the line each was read from.</summary>
    public List<(DateCue Cue, string Source)> Dates { get; } = [];
    public List<string> Authors { get; } = [];
    public List<string> Credits { get; } = [];
    public List<Caption> Captions { get; } = [];
    /// <summary>Outlets the text says it came from (bylines "for AFP", "© 2022 Bloomberg", "(Reuters) -").</summary>
    public List<(string Name, SourceCue Cue)> SourceOutlets { get; } = [];
    /// <summary>Names the site uses for itself (masthead, newsletters, about-us blurb), each with its <see cref="MetadataSource"/> label.</summary>
    public List<(string Name, string Source)> SelfNames { get; } = [];
    public string? Url { get; set; }
    public bool MachineTranslated { get; set; }
    public bool BylineSeen { get; set; }
}
