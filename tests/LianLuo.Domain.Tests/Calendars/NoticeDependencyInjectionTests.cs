using LianLuo.Domain.Calendars;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace LianLuo.Domain.Tests.Calendars;

public class NoticeDependencyInjectionTests
{
    [Fact]
    public void AddLianLuoDomain_CalendarWithANotice_FlowsIntoTheEngine()
    {
        var notice = HolidayNoticeParser.Parse("""
            国务院办公厅关于2027年部分节假日安排的通知
            一、春节：2月5日（农历除夕、周五）至13日（农历正月初八、周六）放假调休，共9天。1月31日（周日）、2月20日（周六）上班。
            国务院办公厅
            2026年11月20日
            """);
        using var provider = new ServiceCollection()
            .AddLianLuoDomain(o => o.Calendar = WorkingCalendar.China.WithNotice(notice))
            .BuildServiceProvider();

        var engine = provider.GetRequiredService<DeadlineEngine>();
        var deadline = engine.Compute(new LocalDate(2027, 1, 29), new WorkingDays(10));
        Assert.Equal(new LocalDate(2027, 2, 19), deadline.Date);
        Assert.False(deadline.IsProvisional);
        Assert.Equal(2027, engine.Calendar.NoticeYears[^1]);
    }
}
