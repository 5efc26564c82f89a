// swift-tools-version: 99.0
// A toolchain older than tools 99 cannot load this manifest: SwiftPM falls back to
// Package@swift-6.0.swift.
import PackageDescription

let package = Package(name: "Forms", targets: [.target(name: "Old")])
