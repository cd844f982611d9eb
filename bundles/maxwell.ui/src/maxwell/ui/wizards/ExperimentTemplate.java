package maxwell.ui.wizards;

import java.nio.file.Path;
import java.util.List;

import maxwell.model.Experiment;
import maxwell.model.templates.ExperimentTemplates;

/** The starting points the New Experiment wizard offers. */
public enum ExperimentTemplate {
    MAP_TILES("Synthetic map tiles",
            "Generated map tiles of the same places in four renderings (satellite, street map, sketch, night). No download needed."),
    FASHION_MNIST("Fashion-MNIST",
            "Fashion-MNIST garments in five renderings; content is the garment class, the domain is the rendering."),
    TILE_SOURCES("Own tile sources",
            "Your own tiles: one z/x/y folder or .mbtiles file per source, paired by tile address (choose at least two).");

    private final String title;
    private final String description;

    ExperimentTemplate(String title, String description) {
        this.title = title;
        this.description = description;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public boolean needsSources() {
        return this == TILE_SOURCES;
    }

    /** A new experiment from this template; tile sources need at least two {@code sources}. */
    public Experiment create(List<Path> sources) {
        return switch (this) {
            case MAP_TILES -> ExperimentTemplates.syntheticMapTiles();
            case FASHION_MNIST -> ExperimentTemplates.fashionMnist();
            case TILE_SOURCES -> ExperimentTemplates.tileSources(sources);
        };
    }

    /** The name a new experiment of this template gets unless the user types another. */
    public String defaultName() {
        return switch (this) {
            case MAP_TILES -> "map-tiles";
            case FASHION_MNIST -> "fashion-mnist";
            case TILE_SOURCES -> "my-tiles";
        };
    }
}
