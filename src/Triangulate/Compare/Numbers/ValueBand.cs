using Triangulate.Model;

namespace Triangulate.Compare.Numbers;

/// <summary>
/// The values a hedged number allows, as a closed interval. Exact: ±5 % (at least ±0.5 for a whole
/// number, so "eight" is 7.5–8.5); about: ±10 %; more-than: v to 1.5 v; less-than: 0.8 v to v; a
/// vague magnitude ("thousands", "tens of thousands"): its unit to twenty times it. Two numbers agree
/// when their intervals meet, so "over seven hours" agrees with "eight hours" and "almost 100,000"
/// with "more than 100 000", while "around 70,000" and "approximately 100,000" do not.
/// </summary>
internal readonly record struct ValueBand(double Low, double High)
{
    private const double ExactShare = 0.05, AboutShare = 0.10, MoreThanFactor = 1.5, LessThanFactor = 0.8, OrderFactor = 20;

    public static ValueBand Of(Quantity quantity)
    {
        var v = quantity.Value;
        var exact = Math.Max(ExactShare * v, double.IsInteger(v) ? 0.5 : 0);
        return quantity.Approx switch
        {
            Approximation.About => new ValueBand(v - Math.Max(AboutShare * v, exact), v + Math.Max(AboutShare * v, exact)),
            Approximation.MoreThan => new ValueBand(v, MoreThanFactor * v),
            Approximation.LessThan => new ValueBand(LessThanFactor * v, v),
            Approximation.Order => new ValueBand(v, OrderFactor * v),
            _ => new ValueBand(v - exact, v + exact),
        };
    }

    public bool Meets(ValueBand other) => Low <= other.High && other.Low <= High;
}
