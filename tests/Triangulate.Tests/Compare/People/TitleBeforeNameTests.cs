using Triangulate.Compare.People;
using Triangulate.Model;

namespace Triangulate.Tests.Compare.People;

public class TitleBeforeNameTests
{
    [Theory]
    [InlineData("Talks with Russian President Vladimir Putin ended.", "Vladimir Putin", "Russian President")]
    [InlineData("U.S. Secretary of State Antony Blinken spoke.", "Antony Blinken", "U.S. Secretary of State")]
    [InlineData("NATO Secretary-General Jens Stoltenberg warned.", "Jens Stoltenberg", "NATO Secretary-General")]
    [InlineData("On Monday Ms Sherman spoke.", "Sherman", null)]
    [InlineData("Vladimir Putin spoke.", "Vladimir Putin", null)]
    public void The_title_right_before_a_name_is_its_role(string sentence, string name, string? role)
    {
        var start = sentence.IndexOf(name, StringComparison.Ordinal);

        Assert.Equal(role, TitleBeforeName.Find(sentence, new TextRange(0, sentence.Length), new TextRange(start, start + name.Length)));
    }
}
