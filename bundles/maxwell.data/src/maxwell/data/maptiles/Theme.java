package maxwell.data.maptiles;

/**
 * What the generator aims a layout at. Drawn uniformly so the content classes come out roughly
 * balanced; the label is still measured from the layout, not copied from the theme.
 */
enum Theme {
	CITY, PARKLAND, WATERSIDE, COUNTRYSIDE
}
