using FabricSim.Engine.Time;
using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Yaml;

namespace FabricSim.Scenarios.Loading;

internal static class InternetMapper
{
    public static InternetPathSettings? Read(ObjectReader? i)
    {
        if (i is null)
        {
            return null;
        }
        var defaults = InternetPathSettings.Default;
        DiurnalCongestion? diurnal = null;
        if (i.Object("diurnal", ScenarioShapes.Diurnal, $"diurnal of {i.Label}") is { } d)
        {
            var period = d.Duration("period", allowZero: false) ?? SimTime.FromSeconds(86_400);
            diurnal = new DiurnalCongestion(d.Duration("extra_delay") ?? SimTime.Zero, d.Number("extra_loss_rate", 0, 1) ?? 0,
                d.Duration("peak_at") ?? SimTime.FromSeconds(72_000), d.Duration("start_at") ?? SimTime.Zero, period);
        }
        var jitter = i.Duration("jitter") ?? defaults.MeanJitter;
        var bound = i.Duration("max_queueing_delay", allowZero: false);
        if (bound is { } b && jitter.Nanoseconds * 2 >= b.Nanoseconds)
        {
            i.Error("max_queueing_delay", $"max_queueing_delay {b} must exceed twice the mean jitter {jitter} of {i.Label}",
                "raise max_queueing_delay or lower jitter (jitter is the mean queueing delay, which lies below half its bound)");
        }
        return new InternetPathSettings(i.Number("route_factor", 1, 20) ?? defaults.RouteFactor, jitter,
            i.Number("loss_rate", 0, 0.5) ?? defaults.LossRate, i.Number("loss_burst", 1, 1000) ?? defaults.MeanBurstPackets, diurnal)
        {
            MaxQueueingDelay = bound,
            BaseDelay = i.Duration("base_delay") ?? defaults.BaseDelay,
        };
    }
}
