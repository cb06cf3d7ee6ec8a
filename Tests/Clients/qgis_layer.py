#!/usr/bin/python3
"""qgis_layer.py LAYER.geojson

Opens a GeoJSON file in QGIS without a display, as "Add Vector Layer" does (the "ogr" data
provider), and prints what QGIS made of it as one JSON object:

  qgis          QGIS version
  valid         whether QGIS accepted the layer
  geometry      the layer's geometry type ("Point", ...)
  crs           the layer's CRS ("EPSG:4326")
  featureCount  the provider's feature count
  fields        each field's type as QGIS stores it: "QDate", "int", "qlonglong", "double",
                "QString", "bool", ...
  features      every feature in file order: "xy" ([x, y] or null) and "attributes" (dates as
                YYYY-MM-DD, NULL as null)
  log           QGIS's warnings and errors while loading

The caller compares this with the file. Exits 1 only when QGIS itself cannot be started.

Needs Debian's QGIS bindings (apt-get install python3-qgis qgis-providers), which only the
system Python can import: run it with /usr/bin/python3, not a pyenv or venv python.
"""
import json
import os
import sys
import tempfile

# No display: Qt's offscreen platform. QGIS keeps a profile and caches under the XDG folders;
# they go to a scratch folder, not $HOME.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
scratch = tempfile.TemporaryDirectory(prefix="geomap-qgis-")
for variable in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_RUNTIME_DIR"):
    os.environ[variable] = scratch.name

from qgis.core import Qgis, QgsApplication, QgsVectorLayer, QgsWkbTypes  # noqa: E402
from qgis.PyQt.QtCore import QDate, QDateTime, QVariant  # noqa: E402


def plain(value):
    """A QGIS attribute value as JSON: QVariant NULL as null, dates as ISO text."""
    if isinstance(value, QVariant):
        return None if value.isNull() else plain(value.value())
    if isinstance(value, QDate):
        return value.toString("yyyy-MM-dd") if value.isValid() else None
    if isinstance(value, QDateTime):
        return value.toString("yyyy-MM-ddTHH:mm:ss") if value.isValid() else None
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return str(value)


def describe(path, log):
    layer = QgsVectorLayer(path, os.path.basename(path), "ogr")
    # layer.error() crashes QGIS 3.22 on an invalid layer; the log says what went wrong.
    report = {"qgis": Qgis.QGIS_VERSION, "valid": layer.isValid(), "log": log}
    if not layer.isValid():
        return report
    report["geometry"] = QgsWkbTypes.displayString(layer.wkbType())
    report["crs"] = layer.crs().authid()
    report["featureCount"] = layer.featureCount()
    fields = layer.fields()
    report["fields"] = {f.name(): QVariant.typeToName(f.type()) for f in fields}
    features = []
    for feature in layer.getFeatures():
        xy = None
        if feature.hasGeometry():
            point = feature.geometry().asPoint()
            xy = [point.x(), point.y()]
        attributes = {fields[i].name(): plain(v) for i, v in enumerate(feature.attributes())}
        features.append({"xy": xy, "attributes": attributes})
    report["features"] = features
    del layer  # before exitQgis(): a layer that outlives it crashes QGIS on exit
    return report


def main():
    if len(sys.argv) != 2:
        sys.stderr.write("usage: qgis_layer.py LAYER.geojson\n")
        return 64
    QgsApplication.setPrefixPath("/usr", True)
    application = QgsApplication([], False)
    application.initQgis()
    log = []

    def keep(message, tag, level):
        if level >= Qgis.Warning:
            log.append("%s: %s" % (tag or "qgis", message))

    QgsApplication.messageLog().messageReceived.connect(keep)
    report = describe(sys.argv[1], log)
    application.exitQgis()
    json.dump(report, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
