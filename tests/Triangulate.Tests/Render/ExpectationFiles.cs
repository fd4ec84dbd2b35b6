using System.Runtime.CompilerServices;

namespace Triangulate.Tests.Render;

/// <summary>
/// Golden files under Render/Expectations: the renderer output for a fixed briefing, reviewed by
/// reading the file. Set TRIANGULATE_UPDATE_EXPECTATIONS=1 to rewrite them after a deliberate change.
/// </summary>
internal static class ExpectationFiles
{
    public static void Verify(string name, string actual, [CallerFilePath] string caller = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(caller)!, "..", "Expectations", name);
        var update = Environment.GetEnvironmentVariable("TRIANGULATE_UPDATE_EXPECTATIONS") == "1";
        if (update || !File.Exists(path))
        {
            var existed = File.Exists(path);
            File.WriteAllText(path, actual);
            Skip.If(!existed, $"wrote the new expectation {name}: review it and add it to the repository");
        }
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }
}
