using Xunit.Abstractions;

namespace FabricSim.Scenarios.Tests.Calibration;

/// <summary>
/// The delay model's constants are fitted on published inter-region round trips (docs/calibration/inter-region-rtt.csv)
/// and checked on the rows held back from the fit; the catalog carries the fitted values.
/// </summary>
public sealed class DelayCalibrationTests(ITestOutputHelper output)
{
    private static string CsvPath => Path.Combine(RepositoryFiles.ScenariosFolder, "..", "docs", "calibration", "inter-region-rtt.csv");

    [Fact]
    public void The_fitted_model_predicts_held_back_round_trips_within_10_percent_median_and_20_percent_p90()
    {
        var rows = DelayModelFit.Read(CsvPath, FabricSim.Scenarios.Catalogs.Catalog.Default);
        var fit = DelayModelFit.Fit(rows.Where(r => !r.HeldBack));
        var heldBack = rows.Where(r => r.HeldBack).ToList();
        var errors = fit.RelativeErrors(heldBack);
        double median = DelayModelFit.Quantile(errors, 0.5);
        double p90 = DelayModelFit.Quantile(errors, 0.9);

        output.WriteLine($"fit on {rows.Count - heldBack.Count} rows: end delay {fit.EndDelayMs:0.000} ms, terrestrial route factor {fit.TerrestrialRouteFactor:0.000}, submarine route factor {fit.SubmarineRouteFactor:0.000}");
        foreach (var row in heldBack)
        {
            output.WriteLine($"held back: {row.A}-{row.B} {row.TerrestrialKm:0} km land + {row.SubmarineKm:0} km sea, published {row.RttMs:0.0} ms predicted {fit.PredictRttMs(row):0.0} ms");
        }
        output.WriteLine($"held-back relative error: median {median:P1}, p90 {p90:P1}, max {errors.Max():P1} over {heldBack.Count} rows");
        Assert.True(median <= 0.10, $"median {median:P1}");
        Assert.True(p90 <= 0.20, $"p90 {p90:P1}");
    }

    [Fact]
    public void The_catalog_carries_the_fitted_constants()
    {
        var rows = DelayModelFit.Read(CsvPath, FabricSim.Scenarios.Catalogs.Catalog.Default);
        var fit = DelayModelFit.Fit(rows.Where(r => !r.HeldBack));
        var catalog = FabricSim.Scenarios.Catalogs.Catalog.Default;

        Assert.Equal(Math.Round(fit.TerrestrialRouteFactor, 2), catalog.BackboneRouteFactor, 3);
        Assert.Equal(Math.Round(fit.SubmarineRouteFactor, 2), catalog.SubmarineRouteFactor, 3);
        Assert.Equal(Math.Round(fit.EndDelayMs, 2), catalog.EndDelay.TotalMilliseconds, 3);
    }
}
