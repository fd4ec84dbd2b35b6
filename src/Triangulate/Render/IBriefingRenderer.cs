using Triangulate.Model;

namespace Triangulate.Render;

/// <summary>Formats a <see cref="Briefing"/>; renderers only format, they never compute facts.</summary>
public interface IBriefingRenderer
{
    /// <summary>The whole document, with "\n" line endings and a trailing newline.</summary>
    string Render(Briefing briefing);
}
