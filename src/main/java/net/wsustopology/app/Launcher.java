package net.wsustopology.app;
public final class Launcher { public static void main(String[] a) {} }
