using Triangulate.Model;

namespace Triangulate.Render.Json;

/// <summary>An <see cref="Approximation"/> as the contracts spell it: "exact", "about", "more-than", "less-than", "order".</summary>
internal static class ApproximationText
{
    public static string Of(Approximation approx) => approx switch
    {
        Approximation.About => "about",
        Approximation.MoreThan => "more-than",
        Approximation.LessThan => "less-than",
        Approximation.Order => "order",
        _ => "exact",
    };
}
