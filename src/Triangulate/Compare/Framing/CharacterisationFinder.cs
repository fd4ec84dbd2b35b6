using Triangulate.Compare.People;
using Triangulate.Model;

namespace Triangulate.Compare.Framing;

/// <summary>The short evaluative descriptions an article attributes to a speaker ("frank and forthright").</summary>
public static class CharacterisationFinder
{
    public static IReadOnlyList<Characterisation> Find(AnnotatedArticle article, EntityResolution entities) => [];
}
