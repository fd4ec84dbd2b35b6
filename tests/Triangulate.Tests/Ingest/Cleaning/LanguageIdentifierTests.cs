using Triangulate.Ingest.Cleaning;

namespace Triangulate.Tests.Ingest.Cleaning;

public class LanguageIdentifierTests
{
    [Fact]
    public void EnglishIsDecidedWithoutTheStatisticalDetector() =>
        Assert.True(LanguageIdentifier.IsClearlyEnglish(
            "The talks in Geneva ended on Monday with both sides saying that they would keep talking, but there was little progress on the main issues of the week."));

    [Theory]
    [InlineData("Die Gespräche in Genf endeten am Montag ohne Durchbruch, doch beide Seiten wollen weiter verhandeln und sich in Brüssel erneut treffen.", "de")]
    [InlineData("Les discussions à Genève se sont terminées lundi sans percée, mais les deux parties veulent continuer à négocier à Bruxelles.", "fr")]
    [InlineData("Переговоры в Женеве завершились в понедельник без прорыва, но обе стороны намерены продолжить диалог в Брюсселе.", "ru")]
    public void OtherLanguagesGoToTheDetector(string text, string code)
    {
        Assert.False(LanguageIdentifier.IsClearlyEnglish(text));
        Assert.Equal(code, LanguageIdentifier.Identify(text));
    }

    [Theory]
    [InlineData("서울에서 열린 회담은 성과 없이 끝났다", "ko")]
    [InlineData("ジュネーブでの協議は進展なく終了した", "ja")]
    [InlineData("日内瓦会谈没有取得进展", "zh")]
    [InlineData("Οι συνομιλίες στη Γενεύη τελείωσαν χωρίς πρόοδο", "el")]
    public void ScriptsOfOneLanguageAreDecidedByScript(string text, string code) => Assert.Equal(code, LanguageIdentifier.Identify(text));
}
