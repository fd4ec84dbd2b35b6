using System.Reflection;

namespace Triangulate.Resources;

/// <summary>Reads the data files embedded from this folder (see README.md here).</summary>
internal static class EmbeddedResources
{
    /// <summary>Non-empty lines of a tab-separated resource, without "#" comment lines, split on tabs.</summary>
    public static IEnumerable<string[]> ReadTable(string fileName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Triangulate.Resources." + fileName)
            ?? throw new InvalidOperationException($"missing embedded resource {fileName}");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            yield return line.Split('\t');
        }
    }
}
