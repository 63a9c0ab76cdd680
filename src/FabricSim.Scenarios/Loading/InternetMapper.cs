using FabricSim.Engine.Time;
using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Yaml;

namespace FabricSim.Scenarios.Loading;

internal static class InternetMapper
{
    public static InternetPath? Read(ObjectReader? i)
    {
        if (i is null)
        {
            return null;
        }
        var defaults = InternetPath.Default;
        DiurnalCongestion? diurnal = null;
        if (i.Object("diurnal", ScenarioShapes.Diurnal, $"diurnal of {i.Label}") is { } d)
        {
            var period = d.Duration("period", allowZero: false) ?? SimTime.FromSeconds(86_400);
            diurnal = new DiurnalCongestion(d.Duration("extra_delay") ?? SimTime.Zero, d.Number("extra_loss_rate", 0, 1) ?? 0,
                d.Duration("peak_at") ?? SimTime.FromSeconds(72_000), d.Duration("start_at") ?? SimTime.Zero, period);
        }
        return new InternetPath(i.Number("route_factor", 1, 20) ?? defaults.RouteFactor, i.Duration("jitter") ?? defaults.MeanJitter,
            i.Number("loss_rate", 0, 0.5) ?? defaults.LossRate, i.Number("loss_burst", 1, 1000) ?? defaults.MeanBurstPackets, diurnal)
        {
            BaseDelay = i.Duration("base_delay") ?? defaults.BaseDelay,
        };
    }
}
