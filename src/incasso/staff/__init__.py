"""The staff side: overview, ageing, exports, changes since the previous build, staff words."""
