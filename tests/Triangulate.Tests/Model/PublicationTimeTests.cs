using Triangulate.Model;

namespace Triangulate.Tests.Model;

public class PublicationTimeTests
{
    [Fact]
    public void BareDateStaysADate() =>
        Assert.Equal("2022-01-10", new PublicationTime(new DateOnly(2022, 1, 10)).ToIso());

    [Fact]
    public void TimeWithoutZoneHasNoOffset() =>
        Assert.Equal("2022-01-10T20:34", new PublicationTime(new DateOnly(2022, 1, 10), new TimeOnly(20, 34)).ToIso());

    [Fact]
    public void OffsetIsWrittenAsHoursAndMinutes() =>
        Assert.Equal("2022-01-11T12:23+05:30",
            new PublicationTime(new DateOnly(2022, 1, 11), new TimeOnly(12, 23), TimeSpan.FromMinutes(330)).ToIso());
}
