using System.CommandLine.Parsing;
using System.Globalization;
using System.Numerics;

namespace Triangulate.Cli.Commands;

/// <summary>
/// Parses a numeric option value within bounds, reporting a bad value as a usage error
/// (validators that read the value would throw on unparsable text instead).
/// </summary>
internal static class NumberParser
{
    public static Func<ArgumentResult, T> Between<T>(string option, T minimum, T maximum, string what) where T : INumber<T>
    {
        return result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
            if (T.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= minimum && value <= maximum)
                return value;
            result.AddError($"{option} must be {what}, not '{text}'");
            return minimum;
        };
    }
}
