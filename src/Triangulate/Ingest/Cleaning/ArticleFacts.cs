using Triangulate.Ingest.Metadata;
using Triangulate.Model;

namespace Triangulate.Ingest.Cleaning;

/// <summary>What the text's own cues said about the article, gathered while cleaning, in source order.</summary>
internal sealed class ArticleFacts
{
    public List<DateCue> Dates { get; } = [];
    public List<string> Authors { get; } = [];
    public List<string> Credits { get; } = [];
    public List<Caption> Captions { get; } = [];
    /// <summary>Outlets the text says it came from (bylines "for AFP", "© 2022 Bloomberg", "(Reuters) -").</summary>
    public List<(string Name, SourceCue Cue)> SourceOutlets { get; } = [];
    /// <summary>Names the site uses for itself (newsletters, about-us blurb).</summary>
    public List<string> SelfNames { get; } = [];
    public string? Url { get; set; }
    public bool MachineTranslated { get; set; }
    public bool BylineSeen { get; set; }
}
