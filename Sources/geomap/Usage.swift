/// The help texts: what each command does, with examples.
enum Usage {
    static let version = "geomap 0.1.0"

    static func text(for command: Invocation.Command?) -> String {
        switch command {
        case .mentions?: return mentions
        case .events?: return events
        case .gazetteer?: return gazetteer
        case .lookup?: return lookup
        case .compare?: return compare
        case .map?: return map
        default: return overview
        }
    }

    static let overview = """
        geomap: where things happened, from Arabic reports on north-east Syria, as GeoJSON.

        USAGE
          geomap [events] [PATH ...]        events of the reports (the default command)
          geomap mentions [PATH ...]        every place the reports name, resolved to a point
          geomap gazetteer                  every place geomap knows, as a map layer
          geomap lookup NAME                the places a name can mean
          geomap compare OLD NEW            what moved, appeared, vanished or changed between two outputs
          geomap map [PATH ...]             the events drawn as an SVG map
          geomap help [COMMAND]             this text, or a command's

        INPUT
          PATH is a file, a directory (read recursively, in sorted order, hidden entries skipped)
          or - for standard input. With no PATH, geomap reads standard input when it is a pipe or
          a file, and otherwise the sample articles in seeds/.

        OPTIONS
          -f, --format FORMAT     geojson (default), geojsonseq (RFC 8142) or csv
          --gazetteer FILE        read places from FILE instead of the bundled gazetteer
                                  (also: environment variable GEOMAP_GAZETTEER)
          --date YYYY-MM-DD       publication date of reports that do not state one
          --include-unlocated     also write events with no place (null geometry)
          --tolerance-km K        compare: report moves further than K km (default 1)
          --out FILE              map: write the SVG to FILE; --from LAYER: draw a saved events layer
          -h, --help              help; -V, --version the version

        EXAMPLES
          geomap > events.geojson                   events of the bundled sample articles
          geomap reports/ > events.geojson          events of every report in a folder
          cat article.txt | geomap --date 2019-03-02 > events.geojson
          geomap mentions reports/ --format csv > mentions.csv
          geomap lookup الهول

        EXIT CODES
          0 ok; 1 some input was skipped (the rest was written); 64 bad usage;
          65 bad data (e.g. a malformed gazetteer); 66 no input could be read.
        """

    static let mentions = """
        geomap mentions: every place named in the reports, resolved to one gazetteer place.

        USAGE
          geomap mentions [--format FORMAT] [--gazetteer FILE] [PATH ...]

        Writes one Point feature per mention with: source (the file's name), start and end (offsets
        in Unicode scalars into the text, end exclusive), mention (the text), place_id, name_en,
        name_ar, kind, admin1-3, in_area, geo_precision (1 a site, 2 part of a town or a subdistrict,
        3 a larger area), confidence (0-1) and evidence (what decided between namesakes: unique,
        container, place-noun, document, prominence, near-qualifier).

        EXAMPLES
          geomap mentions seeds/ > mentions.geojson
          echo 'قصف على بلدة هجين بريف دير الزور' | geomap mentions --format csv
        """

    static let events = """
        geomap events: the incidents the reports describe, where and when they happened, who did
        what to whom and at what cost (ACLED's event types and fields).

        USAGE
          geomap [events] [--format FORMAT] [--date YYYY-MM-DD] [--include-unlocated] [PATH ...]

        Dates are resolved against the report's own date (a dateline in the text) or --date; an
        event whose date cannot be known has event_date null. Events with no place are left out
        unless --include-unlocated is given.

        EXAMPLES
          geomap > events.geojson
          geomap events reports/ --format csv > events.csv
          cat article.txt | geomap --date 2018-12-15
        """

    static let gazetteer = """
        geomap gazetteer: the whole gazetteer as a layer, to see what geomap knows.

        USAGE
          geomap gazetteer [--format FORMAT] [--gazetteer FILE]

        EXAMPLES
          geomap gazetteer > gazetteer.geojson
          geomap gazetteer --format csv > places.csv
        """

    static let lookup = """
        geomap lookup: the places a name can mean, most likely first.

        USAGE
          geomap lookup NAME [--format FORMAT]

        NAME is Arabic (spelling variants and proclitics are folded as in text) or English.
        Prints a table (id, kind, names, admin chain, coordinates), or a layer with --format.

        EXAMPLES
          geomap lookup الهول
          geomap lookup "Deir ez-Zor" --format geojson
        """

    static let compare = """
        geomap compare: a spatial regression check between two geomap outputs (events or mentions,
        GeoJSON or GeoJSON Text Sequences), for those who keep a layer as a test fixture.

        USAGE
          geomap compare OLD NEW [--tolerance-km K]

        Features pair when they come from the same source, have the same type (events) or text
        (mentions) and overlapping evidence. Reports, one line each: pairs moved further than K km
        (default 1) with the distance, pairs whose properties changed (old -> new), features removed
        and features added; then a summary line. Exit 0 when nothing differs, 1 when anything does,
        65 when a file is not a GeoJSON layer, 66 when one cannot be read.

        EXAMPLES
          geomap seeds/ > new.geojson && geomap compare fixtures/events.geojson new.geojson
          geomap compare old.geojson new.geojson --tolerance-km 5
        """

    static let map = """
        geomap map: the events drawn as a self-contained SVG map, to look at or put in a report.

        USAGE
          geomap map [--out FILE] [--date YYYY-MM-DD] [PATH ...]
          geomap map --from LAYER [--out FILE]

        Extracts the events of PATH (as 'geomap events' does), or reads them from LAYER, an events
        GeoJSON or GeoJSON Text Sequence written before, and draws: the gazetteer's places as faint
        dots (the Euphrates and Khabur valleys show in them), the governorates' names, each event as
        a circle coloured by its ACLED event type whose area grows with the fatalities, one label
        per place in English and Arabic with the number of events, a legend, a scale bar in km, a
        north arrow and the dates of the events. The SVG goes to standard output unless --out FILE.
        Exit 65 when LAYER is not an events layer, 66 when it cannot be read.

        EXAMPLES
          geomap map --out map.svg                  the bundled sample articles
          geomap map reports/ > map.svg
          geomap events reports/ > events.geojson && geomap map --from events.geojson --out map.svg
          rsvg-convert -o map.png map.svg          a PNG of it (Debian: librsvg2-bin)
        """
}
