public enum Utilities {}
