package maxwell.data.api;

/** The disjoint train and probe parts of a dataset, both made of whole items. */
public record Split(Subset train, Subset probe) {
}
