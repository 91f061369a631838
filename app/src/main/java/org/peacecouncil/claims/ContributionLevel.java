package org.peacecouncil.claims;

/**
 * How far a contribution went: a pledge is a promise, a commitment is backed by an agreement, received is money or
 * goods the fund has. A level is backed by a flow at that level or beyond: a commitment backs "pledged", a pledge
 * never backs "received".
 */
public enum ContributionLevel {
    PLEDGED, COMMITTED, RECEIVED
}
